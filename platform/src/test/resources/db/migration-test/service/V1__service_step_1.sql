create table service_table_1 (id bigint primary key);
