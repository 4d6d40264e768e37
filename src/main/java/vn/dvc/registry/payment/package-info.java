/**
 * The national payment platform of the public-service portal (banks and e-wallets behind it): a
 * payment request per dossier, its state, its cancellation and the platform's daily statement; and
 * the signature of the confirmations the platform sends back. The sandbox is also a payment gateway
 * a person can use.
 */
package vn.dvc.registry.payment;
