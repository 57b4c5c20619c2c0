// Turns a free-form API name into the spellings each language wants, the way Nx generators do:
// "MyApi", "my_api", "My API" and "my-api" are the same name.

export interface ApiNames {
  /** kebab-case: directory, Nx project and package name (`my-api`). */
  readonly projectName: string;
  /** snake_case: Python package (`my_api`). */
  readonly moduleName: string;
  /** PascalCase: CDK construct class and construct id (`MyApi`). */
  readonly className: string;
  /** UPPER_SNAKE_CASE: environment variable prefix (`MY_API`). */
  readonly constantName: string;
  /** Words for people (`My Api`): API title in OpenAPI and docs. */
  readonly title: string;
}

/** Splits on separators and on case changes: `HTTPServer2go` → `http`, `server2go`. */
export function words(name: string): string[] {
  return name
    .split(/[\s_\-.]+/)
    .flatMap((part) => part.split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/))
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}

export function apiNames(name: string): ApiNames {
  const parts = words(name);
  const capitalised = parts.map((word) => word[0]!.toUpperCase() + word.slice(1));
  return {
    projectName: parts.join('-'),
    moduleName: parts.join('_'),
    className: capitalised.join(''),
    constantName: parts.join('_').toUpperCase(),
    title: capitalised.join(' '),
  };
}
