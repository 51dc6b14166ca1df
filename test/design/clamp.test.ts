import { expect } from '@open-wc/testing';
import { clampFor } from '@c4eo/design';

describe('clampFor', () => {
  it('leaves real-length text unclamped and clamps runaway text by kind', () => {
    expect(clampFor('A research review of speech, language and communication in the early years', 'line')).to.equal('');
    expect(clampFor('x'.repeat(241), 'line')).to.equal(' clamp clamp--line');
    expect(clampFor('x'.repeat(360), 'short')).to.equal('');
    expect(clampFor('x'.repeat(361), 'short')).to.equal(' clamp clamp--short');
    expect(clampFor('x'.repeat(900))).to.equal('');
    expect(clampFor('x'.repeat(10_000))).to.equal(' clamp');
  });
});
