import { expect } from '@open-wc/testing';
import { areaNameOr, isBlank, titleOr } from '@c4eo/design';

describe('titleOr, areaNameOr: the placeholder for a blank feed title', () => {
  it('keeps a title with anything to read, and names the kind of thing for one with nothing', () => {
    expect(titleOr('Early intervention', 'priority')).to.equal('Early intervention');
    expect(titleOr(' x ', 'event')).to.equal(' x ');
    expect(titleOr('', 'evidence')).to.equal('Untitled evidence');
    expect(titleOr(' \t\n\u00A0', 'event')).to.equal('Untitled event');
    expect(titleOr('\u200B\uFEFF', 'theme'), 'invisible format characters read as nothing').to.equal('Untitled theme');
    for (const invisible of ['\u3164', '\uFFA0', '\u200E\u200F', '\u2066\u2069', '\u00AD', '\u034F', '\uFE0F']) {
      expect(titleOr(invisible, 'priority'), `U+${invisible.codePointAt(0)!.toString(16).toUpperCase()}`).to.equal('Untitled priority');
    }
    expect(areaNameOr('', 'E06000022')).to.equal('Unnamed area E06000022');
    expect(areaNameOr('Bath and North East Somerset', 'E06000022')).to.equal('Bath and North East Somerset');
  });

  it('counts emoji and other scripts as something to read', () => {
    expect(isBlank('👩‍👧‍👦')).to.equal(false);
    expect(isBlank('ﾡ'), 'a halfwidth Hangul letter').to.equal(false);
    expect(isBlank('\u200Bx'), 'text beside an invisible character').to.equal(false);
    expect(isBlank('Cymraeg')).to.equal(false);
  });
});
