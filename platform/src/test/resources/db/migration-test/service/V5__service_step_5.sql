create table service_table_5 (id bigint primary key);
