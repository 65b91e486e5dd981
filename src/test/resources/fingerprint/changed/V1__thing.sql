create table thing (id int primary key, name varchar(10));
