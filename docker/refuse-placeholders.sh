#!/bin/bash
# Runs the container's command unless a variable still holds a placeholder: the example secrets in
# deploy/kubernetes/secrets/ say "CHANGE-ME…" for every value, and a secret nobody set must stop the
# start rather than become a secret everybody knows.
#   refuse-placeholders <command> [args...]
set -eu

placeholders=()
while IFS= read -r name; do
	if [[ "${!name}" == CHANGE-ME* ]]; then
		placeholders+=("$name")
	fi
done < <(compgen -e)

if ((${#placeholders[@]} > 0)); then
	echo "Refusing to start: a CHANGE-ME placeholder is still the value of ${placeholders[*]};" \
		"set your own values (deploy/kubernetes/secrets/)" >&2
	exit 78
fi
exec "$@"
