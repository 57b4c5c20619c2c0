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
  /** Words for people (`My API`): API title in OpenAPI and docs; acronyms typed in capitals stay so. */
  readonly title: string;
}

/** The words as typed, split on separators and on case changes: `HTTPServer2go` → `HTTP`, `Server2go`. */
function typedWords(name: string): string[] {
  return name
    .split(/[\s_\-.]+/)
    .flatMap((part) => part.split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/))
    .filter((word) => word.length > 0);
}

/** Splits on separators and on case changes, lower-cased: `HTTPServer2go` → `http`, `server2go`. */
export function words(name: string): string[] {
  return typedWords(name).map((word) => word.toLowerCase());
}

export function apiNames(name: string): ApiNames {
  const parts = words(name);
  const capitalised = parts.map((word) => word[0]!.toUpperCase() + word.slice(1));
  // An acronym typed in capitals ("Orders API", "HTTPServer") keeps them for people to read; a name typed all
  // in capitals (MY_API) is a style, not acronyms.
  const typed = typedWords(name);
  const isAcronym = (word: string) =>
    word.length > 1 && word === word.toUpperCase() && /[A-Z]/.test(word);
  const styled = typed.every(isAcronym);
  const title = typed.map((word) =>
    isAcronym(word) && !styled ? word : word[0]!.toUpperCase() + word.slice(1).toLowerCase(),
  );
  return {
    projectName: parts.join('-'),
    moduleName: parts.join('_'),
    className: capitalised.join(''),
    constantName: parts.join('_').toUpperCase(),
    title: title.join(' '),
  };
}
