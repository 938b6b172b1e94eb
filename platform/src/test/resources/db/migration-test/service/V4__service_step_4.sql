create table service_table_4 (id bigint primary key);
