-- a platform migration written after the service reached V6
create table platform_next (id bigint primary key);
