create table service_table_3 (id bigint primary key);
