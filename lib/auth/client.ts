'use client';
import { inferAdditionalFields } from 'better-auth/client/plugins';
import { createAuthClient } from 'better-auth/react';

// The extra user field, spelt out here: the browser side never imports the server's auth configuration.
export const authClient = createAuthClient({
  plugins: [inferAdditionalFields({ user: { role: { type: 'string', required: false } } })],
});
