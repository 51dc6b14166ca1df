import { expect } from '@open-wc/testing';
import { clampFor, clipText } from '@c4eo/design';

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

describe('clipText', () => {
  it('keeps text up to the limit whole and clips longer text there', () => {
    expect(clipText('Early years', 200)).to.equal('Early years');
    expect(clipText('x'.repeat(10_000))).to.equal('x'.repeat(200));
  });

  it('never ends on half of an emoji: a lone surrogate would be read out as an unknown character', () => {
    const clipped = clipText(`${'x'.repeat(199)}😀 and more`);
    expect(clipped).to.equal('x'.repeat(199));
    expect(/[\uD800-\uDBFF]$/.test(clipped), 'ends on a lone high surrogate').to.equal(false);
    expect(clipText(`${'x'.repeat(198)}😀 and more`)).to.equal(`${'x'.repeat(198)}😀`);
  });
});
