import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/core/text/editDistance.js';

describe('editDistance', () => {
  it('counts a letter added, dropped or changed as one edit, and two neighbours swapped as one', () => {
    expect(editDistance('market', 'market')).toBe(0);
    expect(editDistance('makret', 'market')).toBe(1);
    expect(editDistance('DesRoiser', 'DesRosier')).toBe(1);
    expect(editDistance('Clements', 'Clement')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
