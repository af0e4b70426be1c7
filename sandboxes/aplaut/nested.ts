import type { Sandbox } from '../core/sandbox';
import { listReply, saveRecord, type RecordType } from './records';
import { isReply, notFound, readDocument } from './replies';
import type { AplautStore } from './store';

/**
 * `/reviews/{id}/relationships/comments` and `/questions/{id}/relationships/answers`: list, add
 * and (answers) update, where the answer to update is named by `data.id`.
 */
export function registerReplies(
	sandbox: Sandbox,
	store: AplautStore,
	parent: { type: string; key: string },
	spec: RecordType,
	relationship: string,
	withUpdate: boolean,
): void {
	const path = `/${parent.type}/:id/relationships/${relationship}`;
	const parentOf = (id: string) => store.find(parent.type, id);
	sandbox.route('GET', path, (request) => {
		const owner = parentOf(request.params.id);
		if (!owner) return notFound();
		return listReply(store, spec, request, store.all(spec.type).filter((row) => row[parent.key] === owner.id));
	});
	sandbox.route('POST', path, (request) => {
		const owner = parentOf(request.params.id);
		if (!owner) return notFound();
		const reply = saveRecord(store, spec, request, undefined, { [parent.key]: owner.id });
		// A new reply changes its parent: the question's updated_at moves (what "new answers" polling reads).
		if (reply.status === 201) owner.updated_at = new Date().toISOString();
		return reply;
	});
	if (!withUpdate) return;
	sandbox.route('PUT', path, (request) => {
		const owner = parentOf(request.params.id);
		if (!owner) return notFound();
		const document = readDocument(request, spec.type);
		if (isReply(document)) return document;
		const row = store.all(spec.type).find((entry) => entry.id === document.id && entry[parent.key] === owner.id);
		return row ? saveRecord(store, spec, request, row) : notFound();
	});
}
