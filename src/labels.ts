// The names of the labels the tool reads or sets, in one place: the action sets them, init asks for them to be
// created, and the issue form and workflows name them.

/** The label the issue form applies: the issue workflow only looks at issues carrying it. */
export const REQUEST_LABEL = 'scaffold-request';
/** Adding this label runs the request again; the run takes it off so that it can be added again. */
export const RETRY_LABEL = 'scaffold-retry';
/** On a pull request whose generated project failed a check, so a reviewer sees it in any list. */
export const CHECKS_FAILED_LABEL = 'checks-failed';
/** On a pull request that holds conflict markers, so a reviewer sees it in any list. */
export const CONFLICTS_LABEL = 'scaffold-conflicts';
/** On every pull request the action opens: action.yml's default `labels`. */
export const PULL_REQUEST_LABEL = 'fastapi-scaffold';
