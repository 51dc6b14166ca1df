// Where each kind of document lives (feed-spec, "Documents"): the client asks for these paths,
// and the CLI and the tests read a path back to its kind, from one table (DOCUMENT_PLACES).
import { expect } from '@open-wc/testing';
import { documentKindOf } from '@c4eo/feed';
import { documentPath } from '../../packages/feed/src/client.js';

const PLACES = [
  ['themes', undefined, 'themes.json'],
  ['evidence-list', undefined, 'evidence.json'],
  ['evidence-item', 'kr-early-years-3', 'evidence/kr-early-years-3.json'],
  ['areas', undefined, 'areas.json'],
  ['indicators', undefined, 'indicators.json'],
  ['indicator-data', 'lac-ks2-attainment', 'indicators/lac-ks2-attainment.json'],
  ['events', undefined, 'events.json'],
] as const;

describe('the documents’ places', () => {
  it('gives each kind its path, and reads each path back to its kind', () => {
    for (const [kind, id, path] of PLACES) {
      expect(documentPath(kind, id), kind).to.equal(path);
      expect(documentKindOf(path), path).to.equal(kind);
    }
  });

  it('reads no other path as a document', () => {
    for (const path of ['evidence/Bad-Id.json', 'evidence/.json', 'evidence/a/b.json', 'evidence/x.jsonx', 'themes.json.bak', 'themes', 'indicators/', `evidence/${'a'.repeat(81)}.json`]) {
      expect(documentKindOf(path), path).to.equal(undefined);
    }
    expect(documentKindOf(`evidence/${'a'.repeat(80)}.json`), 'an id of 80 characters').to.equal('evidence-item');
  });

  it('asks an id of the kinds that have one, and only a valid one', () => {
    expect(() => documentPath('evidence-item')).to.throw('The evidence-item document needs an id: which evidence item to load.');
    expect(() => documentPath('indicator-data', '../areas')).to.throw('"../areas" is not a valid identifier');
  });
});
