create table service_table_2 (id bigint primary key);
