-- Ending an account's sessions (a role removed, the account disabled, the password reset) moves this on; a session
-- that signed in at an older version is signed out on its next request (account/SignedInUsers).
ALTER TABLE app_user ADD COLUMN session_version INTEGER NOT NULL DEFAULT 0;
