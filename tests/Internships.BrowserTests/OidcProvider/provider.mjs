// A real OpenID Connect provider (the npm package oidc-provider, OpenID Certified) on loopback, for the browser tests'
// single sign-on journeys. Started by tests/Internships.BrowserTests/Support/OidcProvider.cs with:
//   OIDC_PORT          the port to listen on (127.0.0.1)
//   OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI   the one client: the web host under test
//   OIDC_ACCOUNTS      JSON: [{ "sub", "email", "email_verified", "name" }], the people this provider knows
// Its sign-in page is a plain form (an e-mail address, no password) that the browser fills; consent is taken as given
// (the district's own first-party app). It prints "listening on <issuer>" when ready.
import http from 'node:http';
import Provider from 'oidc-provider';

const port = Number(process.env.OIDC_PORT);
const issuer = `http://127.0.0.1:${port}`;
const accounts = JSON.parse(process.env.OIDC_ACCOUNTS ?? '[]');

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const provider = new Provider(issuer, {
  clients: [{
    client_id: process.env.OIDC_CLIENT_ID,
    client_secret: process.env.OIDC_CLIENT_SECRET,
    redirect_uris: [process.env.OIDC_REDIRECT_URI],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_post',
  }],
  // Every authorization request must carry a PKCE challenge (S256): the host under test must send one.
  pkce: { methods: ['S256'], required: () => true },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  findAccount: (ctx, id) => {
    const account = accounts.find((a) => a.sub === id);
    return account && {
      accountId: id,
      claims: () => ({ sub: id, email: account.email, email_verified: account.email_verified, name: account.name }),
    };
  },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  features: { devInteractions: { enabled: false } },
  // The district's own app: no consent screen.
  loadExistingGrant: async (ctx) => {
    const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) {
      return ctx.oidc.provider.Grant.find(grantId);
    }

    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
  cookies: { keys: ['browser-tests-only'] },
});

const page = (uid, message) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>District sign-in</title></head>
<body><main><h1>District sign-in</h1>${message ? `<p role="alert">${escape(message)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}/login">
<label for="email">District e-mail</label> <input id="email" name="email" type="email" autocomplete="username">
<button type="submit">Continue</button></form></main></body></html>`;

const readForm = (req) => new Promise((resolve, reject) => {
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => resolve(new URLSearchParams(body)));
  req.on('error', reject);
});

const callback = provider.callback();
const server = http.createServer(async (req, res) => {
  const match = new URL(req.url, issuer).pathname.match(/^\/interaction\/([^/]+)(\/login)?$/);
  if (!match) {
    callback(req, res);
    return;
  }

  try {
    const details = await provider.interactionDetails(req, res);
    if (req.method === 'POST' && match[2]) {
      const email = (await readForm(req)).get('email') ?? '';
      const account = accounts.find((a) => a.email.toLowerCase() === email.trim().toLowerCase());
      if (!account) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(page(details.uid, 'This provider does not know that address.'));
        return;
      }

      await provider.interactionFinished(req, res, { login: { accountId: account.sub } }, { mergeWithLastSubmission: false });
      return;
    }

    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page(details.uid));
  } catch (error) {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(String(error));
  }
});

server.listen(port, '127.0.0.1', () => console.log(`listening on ${issuer}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
