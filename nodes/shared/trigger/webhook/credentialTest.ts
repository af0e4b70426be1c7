import type { ICredentialsDecrypted, ICredentialTestFunction, ICredentialTestFunctions, INodeCredentialTestResult } from 'n8n-workflow';

/** What a webhook-secret credential test says: the service's own wording, as data. */
export interface WebhookSecretTestWording {
	/** Why the secret cannot be used, or undefined when it can. */
	problem(secret: unknown): string | undefined;
	/** The answer for a usable secret; it should say that the service itself cannot confirm it. */
	usable: string;
}

/**
 * The credential test of a webhook secret that the service cannot be asked about (it only calls
 * the URL it was given, or signs with the secret): checks what can be checked here.
 */
export function webhookSecretTest(wording: WebhookSecretTestWording): ICredentialTestFunction {
	return async function (this: ICredentialTestFunctions, credential: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
		const problem = wording.problem(credential.data?.secret);
		if (problem) return { status: 'Error', message: problem };
		return { status: 'OK', message: wording.usable };
	};
}
