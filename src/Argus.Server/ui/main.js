// Argus's in-browser GraphQL IDE: GraphiQL plus a one-time token prompt.
// The token stays in this browser's localStorage and travels only as an Authorization header to /graphql.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';

const tokenKey = 'argus.token';
const endpoint = new URL('../../graphql', window.location.href).pathname;

function fetcher(params) {
  return fetch(endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      Authorization: 'Bearer ' + localStorage.getItem(tokenKey),
    },
    body: JSON.stringify(params),
  }).then((response) => response.json());
}

function forgetToken() {
  localStorage.removeItem(tokenKey);
  window.location.reload();
}

function showGraphiQL(root) {
  const forget = React.createElement(
    GraphiQL.Toolbar,
    null,
    React.createElement('button', { className: 'argus-forget', onClick: forgetToken, title: 'Forget the token' }, 'Forget token'),
  );
  root.render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultQuery: 'query Me {\n  me {\n    user\n    organization\n    clearance\n    roles\n  }\n}\n',
      toolbar: { additionalContent: forget },
    }),
  );
}

function showTokenForm(root, container) {
  const form = document.getElementById('argus-token-form');
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = document.getElementById('argus-token').value.trim().replace(/^Bearer\s+/i, '');
    if (value.length === 0) {
      return;
    }
    localStorage.setItem(tokenKey, value);
    form.hidden = true;
    container.hidden = false;
    showGraphiQL(root);
  });
}

const container = document.getElementById('graphiql');
const root = createRoot(container);
if (localStorage.getItem(tokenKey)) {
  showGraphiQL(root);
} else {
  container.hidden = true;
  showTokenForm(root, container);
}
