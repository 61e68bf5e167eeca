import { isTileTemplate, tileSource } from './map.config';
import { validateEnvironment } from './environment';

describe('the map tile setting', () => {
  it.each([
    'https://tiles.example.kz/{z}/{x}/{y}.png',
    'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}{r}.png',
    'http://10.0.0.5:8080/styles/basic/{z}/{x}/{y}.png',
  ])('takes the XYZ template %s', (template) => {
    expect(isTileTemplate(template)).toBe(true);
  });

  it.each([
    'https://tiles.example.kz/{z}/{x}.png',
    'ftp://tiles.example.kz/{z}/{x}/{y}.png',
    'javascript:alert(1)//{z}{x}{y}',
    'tiles/{z}/{x}/{y}.png',
  ])('refuses %s', (template) => {
    expect(isTileTemplate(template)).toBe(false);
  });

  it('names the origin the browser loads tiles from, a subdomain placeholder as a wildcard', () => {
    expect(tileSource('https://tiles.example.kz/{z}/{x}/{y}.png')).toBe('https://tiles.example.kz');
    expect(tileSource('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://*.tile.openstreetmap.org');
    expect(tileSource('http://10.0.0.5:8080/{z}/{x}/{y}.png')).toBe('http://10.0.0.5:8080');
  });

  it('refuses a wrong MAP_TILE_URL at start, naming it', () => {
    expect(() => validateEnvironment({ MAP_TILE_URL: 'https://tiles.example.kz/map.png' })).toThrow(/MAP_TILE_URL/);
    expect(validateEnvironment({ MAP_TILE_URL: 'https://tiles.example.kz/{z}/{x}/{y}.png' }).MAP_TILE_URL).toBe(
      'https://tiles.example.kz/{z}/{x}/{y}.png',
    );
  });
});
