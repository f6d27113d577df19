/*
 * Service worker (not named sw.js: Vaadin's pre-compiled bundle serves its own workbox sw.js at
 * that path, which needs a @PWA build and fails to evaluate without it): keeps the offline page and the icons, and shows the offline page when a page
 * cannot be loaded. Everything else (Vaadin's requests, data) always goes to the network.
 */
const CACHE = 'ggzy-offline-v1';
const OFFLINE_PAGE = 'offline.html';
const PRECACHE = [OFFLINE_PAGE, 'icons/icon.svg', 'icons/icon-192.png', 'icons/icon-512.png'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((path) => new Request(path, { cache: 'reload' }))))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener('fetch', (event) => {
  if (event.request.mode !== 'navigate') {
    return;
  }
  event.respondWith(
    fetch(event.request).catch(() =>
      caches.open(CACHE).then((cache) => cache.match(OFFLINE_PAGE)))
  );
});
