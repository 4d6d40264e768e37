/** The one clock every timestamp uses: the engine's, so that deadlines agree with timers. */
package vn.dvc.time;
