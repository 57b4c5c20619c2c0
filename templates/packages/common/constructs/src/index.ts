{{! scaffold owner=generated }}
// The package's public API: the FastApi core and one construct class per generated API.

export * from "./app/apis";
export * from "./core/fast-api";
export * from "./core/python-bundle";
export * from "./core/runtime-config";
