import { describe, expect, it } from 'vitest';
import type { ButtonAction } from '../../../src/adapters/telegram/callbackStore.js';
import { CallbackStore } from '../../../src/adapters/telegram/callbackStore.js';

const more: ButtonAction = { kind: 'more', chatId: 7, input: '/who minister', offset: 5 };
const suggestion: ButtonAction = { kind: 'ask', chatId: 7, input: '/when fines', offset: 0 };

describe('CallbackStore', () => {
  it('gives random keys that fit callback data and find their action in their chat only', () => {
    const store = new CallbackStore();
    const key = store.put(more);
    expect(key).toMatch(/^[\w-]{16}$/);
    expect(store.put(more)).not.toBe(key);
    expect(store.take(key, 8)).toBeUndefined();
    expect(store.take('AAAAAAAAAAAAAAAA', 7)).toBeUndefined();
    expect(store.take(key, 7)).toEqual(more);
  });

  it('uses up a More action, keeps a suggestion for every tap', () => {
    const store = new CallbackStore();
    const next = store.put(more);
    const ask = store.put(suggestion);
    expect(store.take(next, 7)).toEqual(more);
    expect(store.take(next, 7)).toBeUndefined();
    expect(store.take(ask, 7)).toEqual(suggestion);
    expect(store.take(ask, 7)).toEqual(suggestion);
  });

  it('keeps at most its capacity, dropping the oldest, and forgets actions past their time', () => {
    let now = 0;
    const store = new CallbackStore(3, 1000, () => now);
    const keys = [1, 2, 3, 4].map((offset) => store.put({ ...suggestion, offset }));
    expect(store.size).toBe(3);
    expect(store.take(keys[0]!, 7)).toBeUndefined();
    expect(store.take(keys[1]!, 7)?.offset).toBe(2);
    now = 1001;
    expect(store.take(keys[3]!, 7)).toBeUndefined();
  });
});
