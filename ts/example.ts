// A small TypeScript client program written against the types that `make check-ts` generates from
// openapi.yaml into ts/generated/openapi.d.ts. It is type-checked, never run: if a change to the spec
// breaks it, clients in other languages would break the same way.
import type { components, operations, paths, webhooks } from "./generated/openapi";

type Environment = components["schemas"]["Environment"];
type ErrorResponse = components["schemas"]["ErrorResponse"];
type CreateEnvironmentBody = operations["environments_create"]["requestBody"]["content"]["application/json"];
type CreatedEnvironment = operations["environments_create"]["responses"][200 | 201]["content"]["application/json"];
type ListEnvironmentsQuery = NonNullable<operations["environments_list"]["parameters"]["query"]>;
type EnvironmentPage = operations["environments_list"]["responses"][200]["content"]["application/json"];

type CreateDeploymentBody = operations["deployments_create"]["requestBody"]["content"]["application/json"];
type Deployment = components["schemas"]["Deployment"];
type DeploymentRun = components["schemas"]["DeploymentRun"];
type DeploymentRunPage = operations["deployments_runs_list"]["responses"][200]["content"]["application/json"];
type CreateDreamBody = operations["dreams_create"]["requestBody"]["content"]["application/json"];
type Dream = components["schemas"]["Dream"];
type OAuthStartBody = operations["vaults_start_oauth"]["requestBody"]["content"]["application/json"];
type OAuthStart = components["schemas"]["OAuthStart"];
type Session = components["schemas"]["Session"];
type SessionSearchBody = operations["sessions_search"]["requestBody"]["content"]["application/json"];
type SessionSearchPage = operations["sessions_search"]["responses"][200]["content"]["application/json"];
type SearchBeta = operations["sessions_search"]["parameters"]["header"]["x-qoder-beta"];

// Search is a beta: every search request names it.
const SEARCH_BETA: SearchBeta = "search-2026-08-31";

type WorkItem = components["schemas"]["WorkItem"];
type PolledWork = operations["environments_work_poll"]["responses"][200]["content"]["application/json"];
type PollQuery = NonNullable<operations["environments_work_poll"]["parameters"]["query"]>;
type HeartbeatQuery = NonNullable<operations["environments_work_heartbeat"]["parameters"]["query"]>;
type WorkHeartbeat = components["schemas"]["WorkHeartbeat"];
type WorkStopBody = NonNullable<operations["environments_work_stop"]["requestBody"]>["content"]["application/json"];
type WebhookEvent = webhooks["session.status_idled"]["post"]["requestBody"]["content"]["application/json"];

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

  private async request<T>(
    method: "GET" | "POST",
    path: keyof paths,
    query: Query = {},
    body?: unknown,
    pathParams: Record<string, string> = {},
    extraHeaders: Record<string, string> = {},
  ): Promise<T> {
    let filled: string = path;
    for (const [name, value] of Object.entries(pathParams)) filled = filled.replace(`{${name}}`, encodeURIComponent(value));
    const url = new URL(this.baseUrl + filled);
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    const headers: Record<string, string> = { Authorization: `Bearer ${this.token}`, ...extraHeaders };
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

  createDeployment(body: CreateDeploymentBody): Promise<Deployment> {
    return this.request<Deployment>("POST", "/deployments", {}, body);
  }

  runDeployment(deploymentId: string): Promise<DeploymentRun> {
    return this.request<DeploymentRun>("POST", "/deployments/{deployment_id}/run", {}, undefined, {
      deployment_id: deploymentId,
    });
  }

  listDeploymentRuns(deploymentId: string): Promise<DeploymentRunPage> {
    return this.request<DeploymentRunPage>("GET", "/deployments/{deployment_id}/runs", {}, undefined, {
      deployment_id: deploymentId,
    });
  }

  createDream(body: CreateDreamBody): Promise<Dream> {
    return this.request<Dream>("POST", "/dreams", {}, body);
  }

  startOAuth(body: OAuthStartBody): Promise<OAuthStart> {
    return this.request<OAuthStart>("POST", "/oauth/start", {}, body);
  }

  // The self-hosted work queue: JSON `null` when nothing is queued.
  pollWork(environmentId: string, workerId: string, query: PollQuery = {}): Promise<PolledWork> {
    const path = "/environments/{environment_id}/work/poll";
    return this.request<PolledWork>("GET", path, query, undefined, { environment_id: environmentId }, {
      "Worker-ID": workerId,
    });
  }

  ackWork(environmentId: string, workId: string, workerId: string): Promise<WorkItem> {
    const path = "/environments/{environment_id}/work/{work_id}/ack";
    const params = { environment_id: environmentId, work_id: workId };
    return this.request<WorkItem>("POST", path, {}, undefined, params, { "Worker-ID": workerId });
  }

  heartbeatWork(environmentId: string, workId: string, query: HeartbeatQuery): Promise<WorkHeartbeat> {
    const path = "/environments/{environment_id}/work/{work_id}/heartbeat";
    return this.request<WorkHeartbeat>("POST", path, query, undefined, { environment_id: environmentId, work_id: workId });
  }

  stopWork(environmentId: string, workId: string, body: WorkStopBody = { force: false }): Promise<WorkItem> {
    const path = "/environments/{environment_id}/work/{work_id}/stop";
    return this.request<WorkItem>("POST", path, {}, body, { environment_id: environmentId, work_id: workId });
  }

  // A search takes its filters and its cursor in the body.
  searchSessionsPage(body: SessionSearchBody): Promise<SessionSearchPage> {
    return this.request<SessionSearchPage>("POST", "/sessions/search", {}, body, {}, { "x-qoder-beta": SEARCH_BETA });
  }

  // Every session a search finds: the answer's `next_page` goes back in the body as `page`.
  async *searchSessions(body: SessionSearchBody = {}): AsyncGenerator<Session> {
    let page = await this.searchSessionsPage(body);
    for (;;) {
      yield* page.data;
      if (!page.has_more || !page.next_page) return;
      page = await this.searchSessionsPage({ ...body, page: page.next_page });
    }
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

export async function nightly(client: Client, agentId: string, environmentId: string): Promise<void> {
  const deployment = await client.createDeployment({
    name: "nightly-triage",
    agent: agentId,
    environment_id: environmentId,
    initial_events: [{ type: "user.message", content: [{ type: "text", text: "Triage new issues." }] }],
    schedule: { type: "cron", expression: "0 2 * * *", timezone: "UTC" },
  });
  const next = deployment.schedule?.upcoming_runs_at?.[0] ?? "never";
  const run = await client.runDeployment(deployment.id);
  const outcome = run.error ? `failed: ${run.error.type}` : `session ${run.session_id ?? "none"}`;
  const runs = await client.listDeploymentRuns(deployment.id);
  console.log(`${deployment.name}: next ${next}, ran now (${outcome}), ${runs.data.length} runs`);

  const dream = await client.createDream({
    inputs: [{ type: "memory_store", memory_store_id: "memstore_team" }],
    model: "auto",
  });
  console.log(`dream ${dream.id} is ${dream.status}`);
  const oauth = await client.startOAuth({ vault_id: "vault_team", mcp_server_url: "https://mcp.example.com/mcp" });
  console.log(`open ${oauth.authorization_url} (callback on ${oauth.callback_origin})`);
}

// One round of a self-hosted worker: take an item, hold it with compare-and-set heartbeats, stop it.
export async function workRound(client: Client, environmentId: string): Promise<void> {
  const item = await client.pollWork(environmentId, "worker-1", { block_ms: 999 });
  if (item === null) return;
  await client.ackWork(environmentId, item.id, "worker-1");
  let beat = await client.heartbeatWork(environmentId, item.id, { expected_last_heartbeat: "NO_HEARTBEAT" });
  beat = await client.heartbeatWork(environmentId, item.id, {
    expected_last_heartbeat: beat.last_heartbeat,
    desired_ttl_seconds: 120,
  });
  const session = item.data?.type === "session" ? item.data.id : "another kind of work";
  const stopped = await client.stopWork(environmentId, item.id, { force: beat.state === "stopping" });
  console.log(`served ${session}; the item is ${stopped.state}`);
}

// What a webhook receiver reads once the signature verified (verify the raw body first).
export function describe(event: WebhookEvent): string {
  return `${event.id}: ${event.data.type} on ${event.data.id ?? "?"} (schema ${event.data.schema_version ?? 1})`;
}

export async function idleSessions(client: Client): Promise<void> {
  const first = await client.searchSessionsPage({ statuses: ["idle"], limit: 7 });
  console.log(`${first.total ?? "?"} idle sessions`);
  let count = 0;
  for await (const session of client.searchSessions({ statuses: ["idle"], limit: 7, order: "asc" })) {
    count += 1;
    console.log(`${session.id} ${session.title ?? ""} since ${session.created_at}`);
  }
  console.log(`${count} found`);
}
