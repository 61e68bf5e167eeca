/** The stylesheet of Leaflet and the portal's markers, built as its own bundle (apps/web/project.json). */
export const MAP_STYLESHEET = 'map.css';

/**
 * Links a stylesheet built as its own bundle (`inject: false` in the app's build) once, and
 * resolves when it has loaded: Leaflet measures its container and panes with these rules on.
 * A failed load resolves too: the map is then unstyled but its list alternative still works.
 */
export function linkStylesheet(document: Document, href: string): Promise<void> {
  const existing = document.head.querySelector<HTMLLinkElement>(`link[data-bundle="${href}"]`);
  if (existing?.dataset['loaded'] === 'true') return Promise.resolve();
  const link = existing ?? document.head.appendChild(document.createElement('link'));
  if (!existing) {
    link.rel = 'stylesheet';
    link.href = href;
    link.dataset['bundle'] = href;
  }
  return new Promise((resolve) => {
    const done = () => {
      link.dataset['loaded'] = 'true';
      resolve();
    };
    link.addEventListener('load', done, { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
}
