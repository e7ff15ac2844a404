// Project rules for openapi.yaml, loaded by redocly.yaml as the `qoder` plugin.
// Each rule checks one convention from the top of openapi.yaml; the built-in Redocly rules cover the rest.

const PAGINATION_PARAMETERS = ['limit', 'page', 'after_id', 'before_id'];
const LIST_ENVELOPE = ['data', 'first_id', 'last_id', 'has_more', 'next_page'];
const ERROR_SCHEMA = '#/components/schemas/ErrorResponse';
const SSE = 'text/event-stream';

const isSuccess = (status) => /^2/.test(status);

// The method part of an operationId: `list_versions` for `agents_list_versions` (tag `agents`).
function methodOf(operation) {
  const tag = operation.tags?.[0] ?? '';
  const id = operation.operationId ?? '';
  return id.startsWith(`${tag}_`) ? id.slice(tag.length + 1) : id;
}

// `list` or `list_<something>`: the operations that answer one page of a collection.
function isListOperation(operation) {
  return /^list(_|$)/.test(methodOf(operation));
}

// `stream` or `stream_<something>`, or any operation served at a path ending in `/stream`.
function isStreamOperation(operation, path) {
  return /^stream(_|$)/.test(methodOf(operation)) || path.endsWith('/stream');
}

// The path of the operation being visited, from its JSON pointer `#/paths/<escaped path>/<method>`.
function pathOf(ctx) {
  const escaped = ctx.location.pointer.split('/')[2] ?? '';
  return decodeURIComponent(escaped).replaceAll('~1', '/').replaceAll('~0', '~');
}

function parameterNames(pathItem, operation, ctx) {
  const all = [...(pathItem?.parameters ?? []), ...(operation.parameters ?? [])];
  return new Set(all.map((parameter) => ctx.resolve(parameter).node?.name));
}

function OneTagAndOperationId() {
  return {
    Operation(operation, ctx) {
      const tags = operation.tags ?? [];
      if (tags.length !== 1) {
        ctx.report({ message: `An operation has exactly one tag (found ${tags.length}).`, location: ctx.location.child('tags') });
        return;
      }
      const pattern = new RegExp(`^${tags[0]}_[a-z][a-z0-9_]*$`);
      if (!pattern.test(operation.operationId ?? '')) {
        ctx.report({
          message: `operationId must be \`${tags[0]}_<method>\` in snake_case (found \`${operation.operationId}\`).`,
          location: ctx.location.child('operationId'),
        });
      }
    },
  };
}

function ErrorResponsesUseErrorResponse() {
  return {
    Operation(operation, ctx) {
      for (const [status, raw] of Object.entries(operation.responses ?? {})) {
        if (isSuccess(status)) continue;
        const schema = ctx.resolve(raw).node?.content?.['application/json']?.schema;
        if (schema?.$ref !== ERROR_SCHEMA) {
          ctx.report({
            message: `Response ${status} must have an application/json body that is \`$ref: '${ERROR_SCHEMA}'\`.`,
            location: ctx.location.child(['responses', status]),
          });
        }
      }
    },
  };
}

function ListOperationsPaginate() {
  return {
    PathItem: {
      Operation(operation, ctx, parents) {
        if (!isListOperation(operation)) return;
        // All four cursors, or none: a list the server always answers in one page (`models_list`)
        // takes no cursor at all; a partial set is a mistake.
        const names = parameterNames(parents.PathItem, operation, ctx);
        const missing = PAGINATION_PARAMETERS.filter((name) => !names.has(name));
        if (missing.length && missing.length < PAGINATION_PARAMETERS.length) {
          ctx.report({ message: `A list operation takes ${missing.join(', ')}.`, location: ctx.location.child('parameters') });
        }
        const ok = operation.responses?.['200'];
        const body = ok && ctx.resolve(ok).node?.content?.['application/json']?.schema;
        const schema = body && ctx.resolve(body).node;
        const properties = schema?.properties ?? {};
        const absent = LIST_ENVELOPE.filter((name) => !(name in properties));
        const dataIsArray = properties.data !== undefined && ctx.resolve(properties.data).node?.type === 'array';
        if (absent.length || !dataIsArray) {
          ctx.report({
            message: `A list operation answers 200 with the list envelope (${LIST_ENVELOPE.join(', ')}; \`data\` an array); missing: ${absent.join(', ') || 'an array `data`'}.`,
            location: ctx.location.child('responses'),
          });
        }
      },
    },
  };
}

function StreamsDeclareEventStream() {
  return {
    Operation(operation, ctx) {
      if (!isStreamOperation(operation, pathOf(ctx))) return;
      const ok = operation.responses?.['200'];
      const content = ok && ctx.resolve(ok).node?.content;
      if (!content || !(SSE in content)) {
        ctx.report({ message: `A stream answers 200 with \`${SSE}\` content.`, location: ctx.location.child('responses') });
      }
    },
  };
}

function SchemasHaveTitleAndDescription() {
  return {
    Components(components, ctx) {
      for (const [name, schema] of Object.entries(components.schemas ?? {})) {
        for (const field of ['title', 'description']) {
          if (typeof schema[field] !== 'string' || schema[field].trim() === '') {
            ctx.report({
              message: `Schema \`${name}\` needs a non-empty \`${field}\`.`,
              location: ctx.location.child(['schemas', name]),
            });
          }
        }
      }
    },
  };
}

// A `description` that is present says something (an empty YAML block scalar `description: |` does not).
function NoEmptyDescriptions() {
  const check = (node, ctx) => {
    if (!('description' in node)) return;
    if (typeof node.description !== 'string' || node.description.trim() === '') {
      ctx.report({ message: 'A description must not be empty.', location: ctx.location.child('description') });
    }
  };
  const kinds = ['Info', 'Tag', 'Server', 'PathItem', 'Operation', 'Parameter', 'RequestBody', 'Response', 'Header', 'Schema'];
  return Object.fromEntries(kinds.map((kind) => [kind, check]));
}

export default function qoderPlugin() {
  return {
    id: 'qoder',
    rules: {
      oas3: {
        'one-tag-and-operation-id': OneTagAndOperationId,
        'error-responses-use-error-response': ErrorResponsesUseErrorResponse,
        'list-operations-paginate': ListOperationsPaginate,
        'streams-declare-event-stream': StreamsDeclareEventStream,
        'schemas-have-title-and-description': SchemasHaveTitleAndDescription,
        'no-empty-descriptions': NoEmptyDescriptions,
      },
    },
  };
}
