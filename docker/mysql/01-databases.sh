# One database per service, plus Keycloak's, each with its own user that may use only that database.
# The MySQL entrypoint sources this file (keep it non-executable: sourcing provides
# docker_process_sql) on the first start with an empty data volume only; passwords come from the
# *_DB_PASSWORD variables that docker-compose.yml passes to the mysql container.

# Stop the entrypoint, and so leave no half-made database, if a password is missing.
: "${ORGANISATION_DB_PASSWORD:?}" "${REFERRAL_DB_PASSWORD:?}" "${VOCATIONAL_DB_PASSWORD:?}" "${NOTIFICATION_DB_PASSWORD:?}"
: "${KEYCLOAK_DB_PASSWORD:?}"

# Escapes a value for a single-quoted SQL string literal.
sql_string() {
	local value=${1//\\/\\\\}
	printf '%s' "${value//\'/\\\'}"
}

# What Liquibase and the service need: tables, indexes, foreign keys, views and the audit trail's
# triggers. No routines, events, LOCK TABLES or anything outside the service's own database.
service_privileges='SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES, TRIGGER, CREATE VIEW, SHOW VIEW'

docker_process_sql --database=mysql <<SQL
CREATE DATABASE organisation CHARACTER SET utf8mb4;
CREATE DATABASE referral CHARACTER SET utf8mb4;
CREATE DATABASE vocational CHARACTER SET utf8mb4;
CREATE DATABASE notification CHARACTER SET utf8mb4;
CREATE DATABASE keycloak CHARACTER SET utf8mb4;

CREATE USER 'organisation'@'%' IDENTIFIED BY '$(sql_string "$ORGANISATION_DB_PASSWORD")';
CREATE USER 'referral'@'%' IDENTIFIED BY '$(sql_string "$REFERRAL_DB_PASSWORD")';
CREATE USER 'vocational'@'%' IDENTIFIED BY '$(sql_string "$VOCATIONAL_DB_PASSWORD")';
CREATE USER 'notification'@'%' IDENTIFIED BY '$(sql_string "$NOTIFICATION_DB_PASSWORD")';
CREATE USER 'keycloak'@'%' IDENTIFIED BY '$(sql_string "$KEYCLOAK_DB_PASSWORD")';

GRANT ${service_privileges} ON organisation.* TO 'organisation'@'%';
GRANT ${service_privileges} ON referral.* TO 'referral'@'%';
GRANT ${service_privileges} ON vocational.* TO 'vocational'@'%';
GRANT ${service_privileges} ON notification.* TO 'notification'@'%';
-- Keycloak migrates its own schema on upgrades.
GRANT ALL PRIVILEGES ON keycloak.* TO 'keycloak'@'%';
SQL
