// n8n's logger prints every node error; tests assert on errors themselves. N8N_LOG_LEVEL=debug brings it back.
process.env.N8N_LOG_LEVEL ??= 'silent';
