import { parseBbox } from './map.controller';

describe('parseBbox', () => {
  it('reads minLon,minLat,maxLon,maxLat', () => {
    expect(parseBbox('72.5, 49.1,74,50.25')).toEqual({ minLon: 72.5, minLat: 49.1, maxLon: 74, maxLat: 50.25 });
    expect(parseBbox(undefined)).toBeNull();
  });

  it.each(['1,2,3', '1,2,3,4,5', 'a,b,c,d', '74,49,72,50', '72,51,74,50', '-181,0,0,0', '0,-91,0,0', '1,,3,4', ''])(
    'refuses %j naming bbox',
    (value) => {
      expect(() => parseBbox(value)).toThrow(expect.objectContaining({ status: 400, errors: [expect.objectContaining({ field: 'bbox' })] }));
    },
  );
});
