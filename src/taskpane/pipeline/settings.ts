/** The stored settings now belong to the session (src/session/settings.ts); re-exported for the pane's older imports. */
export { storedMapping, storedPolicy, withConfirmed } from '../../session/settings';
