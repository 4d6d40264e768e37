/*
 * The lifecycle every SLA view shares: a client of its own, drawn again when the procedure names
 * change (a change of language reloads Cockpit); start() draws, then loads; destroy() aborts the
 * client and stops listening. A view extends View and brings render() and load().
 */

import { Client, onProcedureNames } from './api.js';

export class View {
  constructor(node, context) {
    this.node = node;
    this.api = (context && context.api) || {};
    this.client = new Client(this.api);
    this.destroyed = false;
    this.names = {};
    this.offNames = onProcedureNames((names) => {
      this.names = names;
      this.render();
    });
  }

  start() {
    this.render();
    this.load();
  }

  destroy() {
    this.destroyed = true;
    this.client.abort();
    this.offNames();
  }
}
