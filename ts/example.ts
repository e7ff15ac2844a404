// A small TypeScript client program written against the types that `make check-ts` generates from
// openapi.yaml into ts/generated/openapi.d.ts. It is type-checked, never run: if a change to the spec
// breaks it, clients in other languages would break the same way.
import type { components, operations, paths } from "./generated/openapi";

type Environment = components["schemas"]["Environment"];
type ErrorResponse = components["schemas"]["ErrorResponse"];
type CreateEnvironmentBody = operations["environments_create"]["requestBody"]["content"]["application/json"];
type CreatedEnvironment = operations["environments_create"]["responses"][200 | 201]["content"]["application/json"];
type ListEnvironmentsQuery = NonNullable<operations["environments_list"]["parameters"]["query"]>;
type EnvironmentPage = operations["environments_list"]["responses"][200]["content"]["application/json"];

type Query = Record<string, string | number | boolean | undefined>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorResponse | undefined,
  ) {
    super(body ? `${body.error.type}: ${body.error.message}` : `HTTP ${status}`);
  }
}

export class Client {
  constructor(
    private readonly token: string,
    private readonly baseUrl = "https://api.qoder.com/api/v1/cloud",
  ) {}

  private async request<T>(method: "GET" | "POST", path: keyof paths, query: Query = {}, body?: unknown): Promise<T> {
    const url = new URL(this.baseUrl + path);
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    const headers: Record<string, string> = { Authorization: `Bearer ${this.token}` };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (method === "POST") headers["Idempotency-Key"] = crypto.randomUUID();
    const response = await fetch(url, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) {
      const text = await response.text();
      throw new ApiError(response.status, text ? (JSON.parse(text) as ErrorResponse) : undefined);
    }
    return (await response.json()) as T;
  }

  createEnvironment(body: CreateEnvironmentBody): Promise<CreatedEnvironment> {
    return this.request<CreatedEnvironment>("POST", "/environments", {}, body);
  }

  listEnvironmentsPage(query: ListEnvironmentsQuery = {}): Promise<EnvironmentPage> {
    return this.request<EnvironmentPage>("GET", "/environments", query);
  }

  // Every environment, page after page: the server's `next_page` when it sends one, else `after_id`.
  async *environments(query: ListEnvironmentsQuery = {}): AsyncGenerator<Environment> {
    let page = await this.listEnvironmentsPage(query);
    for (;;) {
      yield* page.data;
      if (!page.has_more) return;
      const cursor = page.next_page ? { page: page.next_page } : { after_id: page.last_id ?? undefined };
      const next: ListEnvironmentsQuery = { ...query, page: undefined, after_id: undefined, ...cursor };
      page = await this.listEnvironmentsPage(next);
    }
  }
}

export async function example(client: Client): Promise<void> {
  const created = await client.createEnvironment({
    name: "ci",
    config: {
      type: "cloud",
      networking: { type: "limited", allowed_hosts: ["pypi.org"], allow_package_managers: true },
      packages: { pip: ["requests"] },
    },
    metadata: { team: "platform" },
  });
  console.log(`created ${created.id} (${created.type}) at ${created.created_at}`);

  for await (const environment of client.environments({ limit: 50, "created_at[gte]": "2026-01-01T00:00:00Z" })) {
    const archived = environment.archived_at ? " (archived)" : "";
    console.log(`${environment.id} ${environment.name} ${environment.config.type}${archived}`);
  }
}
