/** The one jsdom API the chart snapshot tests use (jsdom ships no types; this avoids a types package). */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
