// Shows the portal's OpenAPI file with Swagger UI (served from its webjar).
(function () {
  const element = document.getElementById('swagger-ui');
  if (!element || typeof SwaggerUIBundle === 'undefined') {
    return;
  }
  SwaggerUIBundle({ url: element.dataset.spec, dom_id: '#swagger-ui', deepLinking: false });
})();
