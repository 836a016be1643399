// The group commit queue: writes handed in together share one store call, and a batch that fails
// (the store gave up on a stuck database) fails only its own callers, at once: the next batch is
// written as usual instead of waiting behind it.
import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../../server/store/group-commit.js';
import { StoreUnavailableError, TurnConflictError } from '../../server/store/store.js';

/** A store call that records its batches and fails the ones `fail` picks. */
function recordingWrite(fail: (items: readonly string[]) => Error | undefined) {
  const calls: string[][] = [];
  const write = async (items: readonly string[]): Promise<void> => {
    calls.push([...items]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const error = fail(items);
    if (error !== undefined) throw error;
  };
  return { calls, write };
}

const settle = (promise: Promise<void>) =>
  promise.then(
    () => 'ok',
    (error: Error) => error.name,
  );

describe('GroupCommit', () => {
  it('writes what arrives in one tick as one batch', async () => {
    const { calls, write } = recordingWrite(() => undefined);
    const queue = new GroupCommit(write);
    await Promise.all(['a', 'b', 'c'].map((item) => queue.commit(item)));
    expect(calls).toEqual([['a', 'b', 'c']]);
  });

  it('fails every caller of a batch the store could not write, once, and writes the next batch', async () => {
    let down = true;
    const { calls, write } = recordingWrite(() => (down ? new StoreUnavailableError('stuck', 'query') : undefined));
    const queue = new GroupCommit(write);
    const first = ['a', 'b', 'c'].map((item) => settle(queue.commit(item)));
    await Promise.all(first);
    down = false;
    const second = await Promise.all(['d', 'e'].map((item) => settle(queue.commit(item))));
    expect(await Promise.all(first)).toEqual([
      'StoreUnavailableError',
      'StoreUnavailableError',
      'StoreUnavailableError',
    ]);
    expect(second).toEqual(['ok', 'ok']);
    // No one-by-one retries of a batch the store is down for: each would wait out the timeout again.
    expect(calls).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
  });

  it('after a conflict retries the batch one by one, so one bad write does not fail the others', async () => {
    const { calls, write } = recordingWrite((items) =>
      items.includes('b') ? new TurnConflictError('s', 2) : undefined,
    );
    const queue = new GroupCommit(write);
    const results = await Promise.all(['a', 'b', 'c'].map((item) => settle(queue.commit(item))));
    expect(results).toEqual(['ok', 'TurnConflictError', 'ok']);
    expect(calls).toEqual([['a', 'b', 'c'], ['a'], ['b'], ['c']]);
  });

  it('stops retrying one by one when the store goes down meanwhile', async () => {
    const { calls, write } = recordingWrite((items) => {
      if (items.length > 1) return new TurnConflictError('s', 1);
      return items[0] === 'a' ? undefined : new StoreUnavailableError('gone');
    });
    const queue = new GroupCommit(write);
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((item) => settle(queue.commit(item))));
    expect(results).toEqual(['ok', 'StoreUnavailableError', 'StoreUnavailableError', 'StoreUnavailableError']);
    expect(calls).toEqual([['a', 'b', 'c', 'd'], ['a'], ['b']]);
  });
});
