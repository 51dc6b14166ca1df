import { expect } from '@open-wc/testing';
import { parseDocument } from '@c4eo/feed';

describe('smoke', () => {
  it('refuses a list as a document', () => {
    const result = parseDocument('themes', []);
    expect(result.ok).to.equal(false);
  });
});
