"""People and organisations: users, ministries, institutions, memberships, roles, scoping."""
