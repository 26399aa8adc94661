-- One PostgreSQL cluster, one database per service (DESIGN.md section 3). Runs once, on an empty data volume.
CREATE DATABASE dunning_case;
CREATE DATABASE dunning_notice;
CREATE DATABASE dunning_contact;
