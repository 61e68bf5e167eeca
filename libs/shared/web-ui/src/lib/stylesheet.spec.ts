import { linkStylesheet } from './stylesheet';

describe('linkStylesheet', () => {
  afterEach(() => document.head.querySelectorAll('link[data-bundle]').forEach((link) => link.remove()));

  it('links the bundle once and resolves when it has loaded', async () => {
    const first = linkStylesheet(document, 'map.css');
    const second = linkStylesheet(document, 'map.css');
    const links = document.head.querySelectorAll<HTMLLinkElement>('link[data-bundle="map.css"]');
    expect(links).toHaveLength(1);
    expect(links[0].rel).toBe('stylesheet');
    expect(links[0].getAttribute('href')).toBe('map.css');

    links[0].dispatchEvent(new Event('load'));
    await expect(Promise.all([first, second])).resolves.toEqual([undefined, undefined]);
    // Once loaded, a later page resolves at once without another link.
    await expect(linkStylesheet(document, 'map.css')).resolves.toBeUndefined();
    expect(document.head.querySelectorAll('link[data-bundle="map.css"]')).toHaveLength(1);
  });

  it('resolves when the stylesheet fails too: the page goes on without it', async () => {
    const loading = linkStylesheet(document, 'missing.css');
    document.head.querySelector('link[data-bundle="missing.css"]')?.dispatchEvent(new Event('error'));
    await expect(loading).resolves.toBeUndefined();
  });
});
