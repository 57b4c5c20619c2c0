{{! scaffold owner=generated }}
// One construct class per FastAPI project of the workspace; each generation adds its API here.

{{#apis}}
export * from "./{{projectName}}";
{{/apis}}
