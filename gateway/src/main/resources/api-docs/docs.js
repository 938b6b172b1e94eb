// The viewer of /api/openapi.json. Loaded as a file, never inline: the portal's CSP allows no inline script.
window.addEventListener('DOMContentLoaded', () => {
  window.SwaggerUIBundle({
    url: '/api/openapi.json',
    dom_id: '#api',
    deepLinking: true,
    // no badge from an outside validator: the page loads nothing from elsewhere
    validatorUrl: null,
    // an access token typed into "Authorize" lives only in this page, never in storage
    persistAuthorization: false,
    tryItOutEnabled: false,
    defaultModelsExpandDepth: 0,
  });
});
