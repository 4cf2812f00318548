local n = tonumber(arg[1]) or 40000
local s = ""
for i = 0, n - 1 do
  s = s .. string.char(97 + i % 26)
end
local h = 0
for i = 1, #s do
  h = (h * 31 + s:byte(i)) % 1000000007
end
print(string.format("strappend(%d)=%d %d", n, #s, h))
