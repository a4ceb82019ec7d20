const broken: = ;
export default broken;
