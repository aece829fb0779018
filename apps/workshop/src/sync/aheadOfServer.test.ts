import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { aheadOfServer } from './aheadOfServer';

function write(doc: Y.Doc, key: string): void {
  doc.getMap('notes').set(key, key);
}

describe('aheadOfServer', () => {
  it('finds nothing when the copy holds only what the server has, plus its own edits', () => {
    const server = new Y.Doc();
    write(server, 'a');
    const tablet = new Y.Doc();
    Y.applyUpdate(tablet, Y.encodeStateAsUpdate(server));
    write(tablet, 'mine'); // written offline, not sent yet
    write(server, 'later'); // the server moved on since
    expect(aheadOfServer(tablet, Y.encodeStateVector(server), new Set([tablet.clientID]))).toEqual([]);
  });

  it('finds the clients whose history the server lost (a restored backup)', () => {
    const server = new Y.Doc();
    write(server, 'a');
    const backup = Y.encodeStateAsUpdate(server);
    write(server, 'after backup');
    const tablet = new Y.Doc();
    Y.applyUpdate(tablet, Y.encodeStateAsUpdate(server));
    const restored = new Y.Doc();
    Y.applyUpdate(restored, backup);
    expect(aheadOfServer(tablet, Y.encodeStateVector(restored), new Set([tablet.clientID]))).toEqual([
      server.clientID,
    ]);
  });

  it("counts an earlier page load's unsent edits as foreign unless the book names that client", () => {
    const server = new Y.Doc();
    const before = new Y.Doc();
    write(before, 'offline');
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(before));
    const sv = Y.encodeStateVector(server);
    expect(aheadOfServer(reloaded, sv, new Set([reloaded.clientID]))).toEqual([before.clientID]);
    expect(aheadOfServer(reloaded, sv, new Set([reloaded.clientID, before.clientID]))).toEqual([]);
  });

  it('vouches for what the server sent after its state vector (a step 1 judged once the cache is in)', () => {
    const server = new Y.Doc();
    write(server, 'a');
    const stepOne = Y.encodeStateVector(server);
    write(server, 'sent since');
    const tablet = new Y.Doc();
    Y.applyUpdate(tablet, Y.encodeStateAsUpdate(server));
    const sent = new Map([[server.clientID, 2]]);
    expect(aheadOfServer(tablet, stepOne, new Set())).toEqual([server.clientID]);
    expect(aheadOfServer(tablet, stepOne, new Set(), sent)).toEqual([]);
  });
});
