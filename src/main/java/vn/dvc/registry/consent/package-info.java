/**
 * Consents citizens give in their VNeID account (an owner agreeing to someone registering residence
 * in their dwelling, a parent agreeing for a child…). Reads only; a consent found here replaces the
 * signed paper.
 */
package vn.dvc.registry.consent;
