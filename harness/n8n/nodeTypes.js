'use strict';
// What a running n8n has loaded, for deciding which workflows can be activated or tested.

/** Node type descriptions n8n serves to its editor (the REST session must be logged in). */
async function loadedNodeTypes(api) {
	const { body } = await api.request('GET', '/types/nodes.json');
	return body;
}

/** Node types a workflow uses that n8n has not loaded. */
function missingNodeTypes(workflow, nodeTypes) {
	const names = new Set(nodeTypes.map((type) => type.name));
	return [...new Set(workflow.nodes.map((node) => node.type))].filter((type) => !names.has(type));
}

/** Whether a loaded node type offers `resource` → `operation` (read from its `operation` options). */
function hasOperation(nodeTypes, typeName, resource, operation) {
	return nodeTypes
		.filter((type) => type.name === typeName)
		.some((type) =>
			type.properties.some(
				(property) =>
					property.name === 'operation' &&
					(property.displayOptions?.show?.resource ?? []).includes(resource) &&
					(property.options ?? []).some((option) => option.value === operation),
			),
		);
}

/** The operations a workflow's nodes use that n8n's loaded types do not offer (or whole missing types). */
function missingOperations(workflow, nodeTypes) {
	const missing = missingNodeTypes(workflow, nodeTypes);
	for (const node of workflow.nodes) {
		const { resource, operation } = node.parameters ?? {};
		if (missing.includes(node.type) || !resource || !operation) continue;
		if (!hasOperation(nodeTypes, node.type, resource, operation)) missing.push(`${node.type} ${resource}:${operation}`);
	}
	return missing;
}

module.exports = { loadedNodeTypes, missingNodeTypes, missingOperations, hasOperation };
