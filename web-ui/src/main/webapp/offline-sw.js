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

/* Web Push: the server sends {title, body, data} encrypted for this browser; show it, and on click open
   data.page (a filer's tracking page, a path of this site) or else the officers' inbox. */
self.addEventListener('push', (event) => {
  let message = { title: '公共资源交易监管平台', body: '', data: {} };
  try {
    message = event.data.json();
  } catch (e) {
    /* an empty or unreadable push still tells the officer to look */
  }
  event.waitUntil(self.registration.showNotification(message.title, {
    body: message.body,
    data: message.data,
    tag: message.data && message.data.notification,
    icon: 'icons/icon-192.png'
  }));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const page = event.notification.data && event.notification.data.page;
  const path = typeof page === 'string' && /^[a-z][a-z0-9/_-]*$/i.test(page) ? page : 'console/notifications';
  event.waitUntil(self.clients.openWindow(new URL(path, self.registration.scope).href));
});
