import { convertToParamMap } from '@angular/router';
import { listParams, readMapQuery, toMapFilter } from './map-query';

describe('readMapQuery', () => {
  it('shows every layer coloured by the number of opportunities when the URL says nothing', () => {
    expect(readMapQuery(convertToParamMap({}))).toEqual({
      q: undefined,
      sector: [],
      district: [],
      layers: ['opportunities', 'ppp', 'sez-slots'],
      figure: 'opportunities',
    });
  });

  it('reads the lists’ filters, the layers and the figure', () => {
    const query = readMapQuery(
      convertToParamMap({
        q: ' цемент ',
        sector: 'C23,C20',
        district: 'temirtau',
        layers: 'sez-slots,ppp',
        figure: 'freeSezAreaHa',
      }),
    );
    expect(query).toEqual({
      q: 'цемент',
      sector: ['C23', 'C20'],
      district: ['temirtau'],
      layers: ['sez-slots', 'ppp'],
      figure: 'freeSezAreaHa',
    });
  });

  it('drops unknown layers and figures from a hand-edited link instead of failing', () => {
    const query = readMapQuery(convertToParamMap({ layers: 'ppp,roads,ppp', figure: 'population' }));
    expect(query.layers).toEqual(['ppp']);
    expect(query.figure).toBe('opportunities');
  });

  it('keeps an empty layer list: the reader switched every layer off', () => {
    const query = readMapQuery(convertToParamMap({ layers: '' }));
    expect(query.layers).toEqual([]);
    expect(toMapFilter(query)).toBeNull();
  });
});

describe('the map’s links', () => {
  it('asks the API for the chosen layers with the filters', () => {
    const query = readMapQuery(convertToParamMap({ q: 'brick', sector: 'C23', layers: 'opportunities' }));
    expect(toMapFilter(query)).toEqual({ q: 'brick', sector: ['C23'], district: [], layers: ['opportunities'] });
  });

  it('opens a list with the map’s search, sector and district only', () => {
    const query = readMapQuery(
      convertToParamMap({ q: 'brick', sector: 'C23,C20', district: 'abay', figure: 'pppProjects' }),
    );
    expect(listParams(query)).toEqual({ q: 'brick', sector: 'C23,C20', district: 'abay' });
    expect(listParams(readMapQuery(convertToParamMap({})))).toEqual({});
  });
});
